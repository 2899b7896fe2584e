/**
 * Addresses saved before element ids lost their "/" ("#finance/churn", "#role-finance/controller")
 * still reach their element ("#finance__churn"): the fragment is rewritten once the page loads,
 * and on each change of fragment. Pages whose ids never held "/" do not load this.
 */
import { elementId } from '../lib/handbook/routes.ts';

function upgrade(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id.includes('/') || document.getElementById(id)) return;
  const target = document.getElementById(elementId(id));
  if (!target) return;
  history.replaceState(history.state, '', `#${target.id}`);
  target.scrollIntoView();
}

upgrade();
addEventListener('hashchange', upgrade);
