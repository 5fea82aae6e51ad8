import { isScalar } from '../../yaml/nodeKinds';
import { locate } from '../../yaml/locate';
import { nodeRange } from '../../yaml/parseYamlFile';
import type { LessonRule } from '../ruleTypes';

/**
 * Words that name a team, a role or a service. A shared NHSmail mailbox is named after one
 * ("england.lhcr", "gmhscp.infogov", "wyicb.ig"); a personal address is "first.last", maybe with a digit.
 */
const ROLE_WORDS = [
  'access',
  'admin',
  'board',
  'bookings',
  'caldicott',
  'care',
  'ccg',
  'comms',
  'communications',
  'contact',
  'contactus',
  'data',
  'desk',
  'digital',
  'dpo',
  'enquiries',
  'enquiry',
  'feedback',
  'general',
  'governance',
  'group',
  'gp',
  'helpdesk',
  'hub',
  'icb',
  'ics',
  'ig',
  'infogov',
  'info',
  'information',
  'integration',
  'interop',
  'learning',
  'lessons',
  'lhcr',
  'mailbox',
  'noreply',
  'office',
  'operations',
  'ops',
  'pals',
  'pcn',
  'pmo',
  'practice',
  'programme',
  'project',
  'record',
  'records',
  'referrals',
  'safeguarding',
  'secretariat',
  'service',
  'services',
  'shared',
  'shcr',
  'support',
  'team',
  'transformation',
  'trust',
  'unit',
];
const ROLE_WORD = new RegExp(`(?:^|[-_])(?:${ROLE_WORDS.join('|')})(?:$|[-_])|^(?:${ROLE_WORDS.join('|')})|(?:${ROLE_WORDS.join('|')})$`);

/** "first.last" or "first.last2" with letters, hyphens and apostrophes in the names: how NHSmail names a person. */
const PERSONAL_LOCAL_PART = /^[a-z][a-z'-]*\.[a-z][a-z'-]*\d*$/;

/** Whether an nhs.net address names a person rather than a role, team or service. */
export function isPersonalNhsMailAddress(address: string): boolean {
  const at = address.lastIndexOf('@');
  if (at <= 0 || address.slice(at + 1).toLowerCase() !== 'nhs.net') return false;
  const local = address.slice(0, at).toLowerCase();
  if (!PERSONAL_LOCAL_PART.test(local)) return false;
  return !local.split('.').some((part) => ROLE_WORD.test(part.replace(/\d+$/, '')));
}

/**
 * With `contactPolicy: role-mailbox` in learn-once.yaml, `contact` must outlive the person who
 * wrote the lesson: a personal nhs.net address is a warning, a team or role mailbox passes.
 */
export const contactPolicyRule: LessonRule = ({ parsed, config }) => {
  if (config.contactPolicy !== 'role-mailbox') return [];
  const node = locate(parsed.root, ['contact'])?.node;
  if (!isScalar(node) || typeof node.value !== 'string' || !isPersonalNhsMailAddress(node.value.trim())) return [];
  const range = nodeRange(parsed.positions, node);
  if (!range) return [];
  return [
    {
      code: 'contact-policy',
      severity: 'warning',
      message:
        "This workspace asks for a role mailbox as contact (contactPolicy: role-mailbox in learn-once.yaml), and this looks like a person's nhs.net address. Use a team or role mailbox that will still be read when this person moves on.",
      range,
    },
  ];
};
