import browser from 'webextension-polyfill';
import { createCaptureScheduler } from './capture-scheduler';

/** The worker's one scheduler: a PNG data: URL of the visible part of the window's active tab. */
export const captureVisibleTabPng = createCaptureScheduler((windowId) => browser.tabs.captureVisibleTab(windowId, { format: 'png' }));
