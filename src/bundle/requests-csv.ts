import type { RouteRef } from '../shared/takedown-types';
import { toCsv } from './csv';
import { LEFT_OUT } from './prepare-requests';
import type { BundleSummary } from './types';

export function platformLabel(summary: BundleSummary, route: RouteRef): string {
  if (route.platformId === null) return 'Not tied to one platform';
  return summary.platformName(route.platformId) ?? route.platformId;
}

/** Capture id → its number in the case, for the captures this bundle holds. */
export function captureNumbers(summary: BundleSummary): Map<string, number> {
  return new Map(summary.captures.map((capture) => [capture.record.id, capture.json.number]));
}

export function requestNumbers(summary: BundleSummary): Map<string, number> {
  return new Map(summary.requests.map((request, index) => [request.id, index + 1]));
}

/** One row per request, oldest first: what was asked, of whom, how, and what came back. */
export function requestsCsv(summary: BundleSummary): string {
  const numbers = captureNumbers(summary);
  const letters = new Map(summary.letters.map((letter) => [letter.id, letter]));
  const header = [
    'Request',
    'Request id',
    'Sent at',
    'Recorded at (UTC)',
    'Platform',
    'Route',
    'Route kind',
    'Route address',
    'Method',
    'Addresses (URLs)',
    'Reference',
    'Captures cited',
    'Confirmation capture',
    'Letter',
    'Values filled in',
    'Note',
  ];
  const rows = summary.requests.map((request, index) => {
    const letter = request.letterId ? letters.get(request.letterId) : undefined;
    return [
      index + 1,
      request.id,
      request.sentAt,
      request.recordedAt,
      platformLabel(summary, request.route),
      request.route.label,
      request.route.kind,
      request.route.url ?? request.route.email,
      request.method,
      request.urls.join('\n'),
      request.reference,
      request.captureIds.map((id) => numbers.get(id)).join(' '),
      request.confirmationCaptureId ? numbers.get(request.confirmationCaptureId) : '',
      letter ? (letter.files?.text ?? `Letter ${letter.number} ${LEFT_OUT}`) : '',
      (request.filled ?? []).map((field) => `${field.label}: ${field.value}`).join('\n'),
      summary.copy === 'platform' ? LEFT_OUT : request.note,
    ];
  });
  return toCsv(header, rows);
}

/** Every dated change of status, in the order they happened; none is merged or overwritten. */
export function trackerCsv(summary: BundleSummary): string {
  const requests = requestNumbers(summary);
  const header = ['Entry', 'Address (URL)', 'Status', 'When', 'Recorded at (UTC)', 'Request', 'Note'];
  const rows = summary.trackerEvents.map((event, index) => [
    index + 1,
    event.url,
    event.status,
    event.at,
    event.recordedAt,
    event.requestId ? requests.get(event.requestId) : '',
    summary.copy === 'platform' ? LEFT_OUT : event.note,
  ]);
  return toCsv(header, rows);
}
