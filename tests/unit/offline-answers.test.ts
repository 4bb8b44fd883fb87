/** What the service worker answers offline for a navigation out of every stored pack. */
import { describe, expect, it } from 'vitest';
import {
  fairPathOfCache,
  localeOfPath,
  offlineAnswer,
  offlinePagePath,
} from '../../src/lib/offline/offline-answers.ts';

const O = 'https://ocop.example';
const vi = 'ocop-fair-pack|/hoi-cho/ha-noi/offline.json|v1';
const en = 'ocop-fair-pack|/en/hoi-cho/ha-noi/offline.json|v2';
const viLong = 'ocop-fair-pack|/hoi-cho/vinh-long/offline.json|v3';
const packOf = new Map([
  [`${O}/hoi-cho/ha-noi/`, vi],
  [`${O}/san-pham/banh-cay/`, vi],
  [`${O}/hoi-cho/vinh-long/`, viLong],
  [`${O}/san-pham/dua-sap/`, viLong],
  [`${O}/en/hoi-cho/ha-noi/`, en],
]);

describe('offline answers', () => {
  it('names the offline page in each language and reads a path’s language', () => {
    expect(offlinePagePath('vi')).toBe('/hoi-cho/ngoai-tuyen/');
    expect(offlinePagePath('en')).toBe('/en/hoi-cho/ngoai-tuyen/');
    expect(localeOfPath('/en/')).toBe('en');
    expect(localeOfPath('/en')).toBe('en');
    expect(localeOfPath('/english/')).toBe('vi');
    expect(localeOfPath('/')).toBe('vi');
  });

  it('reads the fair of a pack’s cache name, and nothing of another cache', () => {
    expect(fairPathOfCache(en)).toBe('/en/hoi-cho/ha-noi/');
    expect(fairPathOfCache('other-cache')).toBeUndefined();
  });

  it('sends the site search to the search of the fair the visitor came from, with the query', () => {
    expect(
      offlineAnswer(`${O}/tim-kiem/?q=b%C3%A1nh+c%C3%A1y`, `${O}/san-pham/dua-sap/`, packOf),
    ).toEqual({
      type: 'redirect',
      location: '/hoi-cho/vinh-long/?q=b%C3%A1nh%20c%C3%A1y',
    });
    expect(offlineAnswer(`${O}/tim-kiem/`, `${O}/san-pham/banh-cay/?x=1`, packOf)).toEqual({
      type: 'redirect',
      location: '/hoi-cho/ha-noi/',
    });
  });

  it('without a known referrer, picks a fair in the page’s language', () => {
    expect(offlineAnswer(`${O}/en/tim-kiem/?q=honey`, '', packOf)).toEqual({
      type: 'redirect',
      location: '/en/hoi-cho/ha-noi/?q=honey',
    });
    expect(offlineAnswer(`${O}/tim-kiem/?q=`, `${O}/tinh/`, packOf)).toEqual({
      type: 'redirect',
      location: '/hoi-cho/ha-noi/',
    });
  });

  it('sends home and every other page out of the packs to the offline page of its language', () => {
    expect(offlineAnswer(`${O}/`, `${O}/hoi-cho/ha-noi/`, packOf)).toEqual({
      type: 'offline-page',
      path: '/hoi-cho/ngoai-tuyen/',
    });
    expect(offlineAnswer(`${O}/en/tinh/ha-noi/`, '', packOf)).toEqual({
      type: 'offline-page',
      path: '/en/hoi-cho/ngoai-tuyen/',
    });
  });

  it('with no pack at all, the search too gets the offline page', () => {
    expect(offlineAnswer(`${O}/tim-kiem/?q=x`, '', new Map())).toEqual({
      type: 'offline-page',
      path: '/hoi-cho/ngoai-tuyen/',
    });
  });
});
