/**
 * Ids that the server-rendered markup writes and other markup or client code looks up, kept in one
 * place so that the two can never drift apart.
 */
import { elementId } from '../lib/handbook/routes.ts';

/** The calculator section on a role page; the calculator page links straight to it. */
export const CHECK_YOURSELF = 'check-yourself';

/** The calculator inputs beside the KPI at `position` on its role page. */
export const calcIds = {
  /** "Your value". */
  value: (position: number) => `calc-v-${position}`,
  /** "Your target", for a KPI without a numeric target. */
  target: (position: number) => `calc-t-${position}`,
  /** One input of the "compute from counts" formula. */
  formula: (position: number, input: string) => `calc-f-${position}-${input}`,
  /** The verdict message the inputs are described by. */
  message: (position: number) => `calc-msg-${position}`,
};

/** A role's findings on the document health page, linked from the role page. */
export const healthRoleId = (roleId: string) => `role-${elementId(roleId)}`;

/** The localStorage key of the chosen theme; the inline bootstrap in base-layout.astro repeats it. */
export const THEME_KEY = 'kpi-handbook:theme';

/** The localStorage key of a role's typed values; old role ids (legacy-ids.ts) had their own. */
export const valuesKey = (roleId: string) => `kpi-handbook:values:${roleId}`;

/** The localStorage key of a role's values by period (history.ts). */
export const historyKey = (roleId: string) => `kpi-handbook:history:${roleId}`;

/** The sidebar that <menu-toggle> opens as a drawer on narrow screens. */
export const SIDEBAR_ID = 'sidebar';

/** The localStorage key that remembers whether role pages open in "Check my values" mode. */
export const CHECKING_KEY = 'kpi-handbook:checking';
