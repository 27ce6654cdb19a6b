// A small history-API router: each screen names its path, its title and the roles that may open it.
import { authenticated, hasAnyRole, login, type Role } from './auth';
import { errorPage } from './components/errors';
import { html } from './html';

export interface Screen {
  path: string;
  title: string;
  /** 'public' screens need no login; others list the realm roles that may open them. */
  roles: readonly Role[] | 'public';
  /** Shown in the service navigation under this label (only to the roles above). */
  nav?: string;
  load: () => Promise<{ render: (ctx: ScreenContext) => Promise<void> }>;
}

export interface ScreenContext {
  main: HTMLElement;
  params: Record<string, string>;
  query: URLSearchParams;
  navigate: (to: string, replace?: boolean) => void;
  /** Re-render the current screen (e.g. after a write). */
  refresh: () => void;
}

export const EVERY_ROLE: readonly Role[] = ['planner', 'author', 'reviewer', 'moderator', 'leadership', 'action-owner', 'auditor', 'admin'];

function match(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/').filter(Boolean);
  const s = path.split('/').filter(Boolean);
  if (p.length !== s.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    if (p[i].startsWith(':')) params[p[i].slice(1)] = decodeURIComponent(s[i]);
    else if (p[i] !== s[i]) return null;
  }
  return params;
}

export class Router {
  private renderCount = 0;
  /** The first screen of a page load keeps the browser's own focus (the skip link comes first). */
  private navigated = false;

  constructor(
    private readonly screens: Screen[],
    private readonly main: () => HTMLElement,
    private readonly onNavigate: (screen: Screen | null) => void,
  ) {
    window.addEventListener('popstate', () => {
      this.navigated = true;
      void this.render();
    });
    document.addEventListener('click', (event) => {
      const a = (event.target as Element).closest?.('a');
      if (!a || a.target || a.hasAttribute('download') || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const url = new URL(a.href, location.href);
      if (url.origin !== location.origin || url.pathname.startsWith('/api/') || (url.hash && url.pathname === location.pathname)) return;
      event.preventDefault();
      this.navigate(url.pathname + url.search);
    });
  }

  navigate(to: string, replace = false): void {
    this.navigated = true;
    if (replace) history.replaceState(null, '', to);
    else history.pushState(null, '', to);
    void this.render();
  }

  find(path: string): { screen: Screen; params: Record<string, string> } | null {
    for (const screen of this.screens) {
      const params = match(screen.path, path);
      if (params) return { screen, params };
    }
    return null;
  }

  async render(): Promise<void> {
    const id = ++this.renderCount;
    const main = this.main();
    const found = this.find(location.pathname);
    this.onNavigate(found?.screen ?? null);
    if (!found) {
      document.title = 'Page not found – Best Value self-assessment';
      main.innerHTML = html`<h1 class="govuk-heading-l" tabindex="-1">Page not found</h1><p class="govuk-body">If you typed the web address, check it is correct.</p>`.value;
      return;
    }
    const { screen, params } = found;
    if (screen.roles !== 'public') {
      if (!authenticated()) {
        await login();
        return;
      }
      if (!hasAnyRole(screen.roles)) {
        document.title = 'You cannot see this page – Best Value self-assessment';
        main.innerHTML = html`<h1 class="govuk-heading-l" tabindex="-1">You cannot see this page</h1>
          <p class="govuk-body">The ${screen.title.toLowerCase()} page is for ${screen.roles.join(', ')}.</p>`.value;
        return;
      }
    }
    document.title = `${screen.title} – Best Value self-assessment`;
    main.setAttribute('aria-busy', 'true');
    try {
      const module = await screen.load();
      if (id !== this.renderCount) return;
      await module.render({
        main,
        params,
        query: new URLSearchParams(location.search),
        navigate: (to, replace) => this.navigate(to, replace),
        refresh: () => void this.render(),
      });
    } catch (e) {
      if (id !== this.renderCount) return;
      main.innerHTML = errorPage(e).value;
    } finally {
      if (id === this.renderCount) {
        main.removeAttribute('aria-busy');
        const h1 = main.querySelector('h1');
        if (h1 && this.navigated && (document.activeElement === document.body || !main.contains(document.activeElement))) {
          h1.tabIndex = -1;
          h1.focus({ preventScroll: true });
        }
      }
    }
  }
}
