import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * Runs .ci/check-node in a copy of the repository's layout whose PATH holds only the tools the
 * script needs and, when given, a `node` that reports `nodeVersion`.
 */
function checkNode(nodeVersion: string | null, engines = readFileSync(join(ROOT, 'package.json'), 'utf8')) {
  const dir = mkdtempSync(join(tmpdir(), 'preserve-check-node-'));
  made.push(dir);
  mkdirSync(join(dir, '.ci'));
  copyFileSync(join(ROOT, '.ci/check-node'), join(dir, '.ci/check-node'));
  writeFileSync(join(dir, 'package.json'), engines);
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  for (const tool of ['sed', 'head', 'dirname']) symlinkSync(`/usr/bin/${tool}`, join(bin, tool));
  if (nodeVersion) {
    writeFileSync(join(bin, 'node'), `#!/bin/sh\necho ${nodeVersion}\n`);
    chmodSync(join(bin, 'node'), 0o755);
  }
  const run = spawnSync('/bin/bash', [join(dir, '.ci/check-node')], { env: { PATH: bin }, encoding: 'utf8' });
  return { status: run.status, message: run.stderr.trim() };
}

describe('.ci/check-node', () => {
  it('reads the minimum from package.json: the project asks for Node 20.19 or newer', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).engines.node).toBe('>=20.19');
    expect(readFileSync(join(ROOT, '.ci/run'), 'utf8')).toMatch(/bash \.ci\/check-node[\s\S]*npm ci/);
  });

  it.each(['v20.19.0', 'v20.20.2', 'v22.1.0', 'v24.0.0-nightly2026'])('accepts %s', (version) => {
    expect(checkNode(version)).toEqual({ status: 0, message: '' });
  });

  it.each(['v18.20.4', 'v20.18.9', 'v20.9.0', 'v16.0.0'])('refuses %s in plain words, saying how to get a newer one', (version) => {
    const { status, message } = checkNode(version);
    expect(status).toBe(1);
    expect(message).toContain(`Preserve needs Node.js 20.19 or newer (package.json "engines"); this machine has ${version.slice(1)}.`);
    expect(message).toContain('Install Node.js 20.19 or newer (for example with nvm: nvm install 20), then run this again.');
  });

  it('says so when there is no Node.js at all', () => {
    const { status, message } = checkNode(null);
    expect(status).toBe(1);
    expect(message).toMatch(/^Preserve needs Node\.js 20\.19 or newer, and this machine has no Node\.js\./);
  });

  it('follows the engines field when it changes', () => {
    const engines = JSON.stringify({ engines: { node: '>=22.12' } }, null, 2);
    expect(checkNode('v22.11.0', engines).status).toBe(1);
    expect(checkNode('v22.12.0', engines).status).toBe(0);
  });
});
