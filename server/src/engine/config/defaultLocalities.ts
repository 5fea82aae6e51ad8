import type { Locality } from './workspaceConfig';

/** English shared care records that apply when a workspace has no learn-once.yaml. */
export const DEFAULT_LOCALITIES: readonly Locality[] = [
  { name: 'Greater Manchester Care Record', prefix: 'GM', aliases: ['GMCR', 'Greater Manchester'] },
  { name: 'One London', prefix: 'OL', aliases: ['London Care Record', 'OneLondon'] },
  { name: 'Yorkshire & Humber Care Record', prefix: 'YH', aliases: ['YHCR', 'Yorkshire and Humber Care Record'] },
  { name: 'Leeds Care Record', prefix: 'LD', aliases: ['LCR'] },
  { name: 'Wessex Care Records', prefix: 'WX', aliases: ['Wessex'] },
  { name: 'CHIE (Hampshire)', prefix: 'CHIE', aliases: ['CHIE', 'Care and Health Information Exchange'] },
  { name: 'Dorset Care Record', prefix: 'DC', aliases: ['DCR'] },
  { name: 'Thames Valley & Surrey Care Record', prefix: 'TVS', aliases: ['TVS', 'Thames Valley and Surrey Care Record'] },
  { name: 'Oxford Care Record', prefix: 'OX', aliases: ['Oxfordshire Care Record'] },
  { name: 'Cheshire & Merseyside Share2Care', prefix: 'CMS', aliases: ['Share2Care', 'Cheshire and Merseyside Share2Care'] },
  { name: 'Lancashire & South Cumbria', prefix: 'LSC', aliases: ['Lancashire and South Cumbria'] },
  { name: 'Great North Care Record', prefix: 'GN', aliases: ['GNCR'] },
  { name: 'Connecting Care (Bristol)', prefix: 'CC', aliases: ['Connecting Care', 'Bristol Connecting Care'] },
].map((locality) => ({ ...locality, folder: localityFolderName(locality.name) }));

/** Kebab-case folder name for a locality: "Yorkshire & Humber Care Record" → "yorkshire-humber-care-record". */
export function localityFolderName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
