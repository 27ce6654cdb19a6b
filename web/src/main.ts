// The app's entry: GOV.UK Frontend styles and behaviour, login, the layout and the screens.
import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import './styles.css';
import { initAll } from 'govuk-frontend';
import { authenticated, currentUser, hasAnyRole, initAuth, login, logout } from './auth';
import { html } from './html';
import { Router, type Screen } from './router';
import { SCREENS } from './screens';

const app = document.getElementById('app')!;

function layout(): void {
  app.innerHTML = html`
  <header class="govuk-generic-header" data-module="govuk-generic-header">
    <div class="govuk-generic-header__container govuk-width-container">
      <div class="govuk-generic-header__logo">
        <a href="/" class="govuk-generic-header__homepage-link">Best Value self-assessment</a>
      </div>
    </div>
  </header>
  <section aria-label="Service information" class="govuk-service-navigation" data-module="govuk-service-navigation">
    <div class="govuk-width-container"><div class="govuk-service-navigation__container">
      <nav aria-label="Menu" class="govuk-service-navigation__wrapper">
        <button type="button" class="govuk-service-navigation__toggle govuk-js-service-navigation-toggle" aria-controls="navigation" hidden>Menu</button>
        <ul class="govuk-service-navigation__list" id="navigation"></ul>
      </nav>
    </div></div>
  </section>
  <div class="govuk-width-container">
    <div class="bv-account" id="account"></div>
    <main class="govuk-main-wrapper" id="main-content"></main>
  </div>
  <footer class="govuk-footer">
    <div class="govuk-width-container"><div class="govuk-footer__meta"><div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
      <h2 class="govuk-visually-hidden">Support links</h2>
      <ul class="govuk-footer__inline-list">
        <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/public">Published self-assessments</a></li>
      </ul>
      <p class="govuk-body-s">Best Value Duty self-assessment (Local Government Act 1999, statutory guidance May 2024).</p>
    </div></div></div>
  </footer>`.value;
}

function renderChrome(current: Screen | null): void {
  const user = authenticated() ? currentUser() : null;
  const items = SCREENS.filter((s) => s.nav && (s.roles === 'public' ? !user : user && hasAnyRole(s.roles)));
  document.getElementById('navigation')!.innerHTML = items
    .map((s) => {
      const active = s === current;
      return html`<li class="govuk-service-navigation__item${active ? ' govuk-service-navigation__item--active' : ''}">
        <a class="govuk-service-navigation__link" href="${s.path}" ${active ? html`aria-current="page"` : ''}>${
          active ? html`<strong class="govuk-service-navigation__active-fallback">${s.nav}</strong>` : s.nav
        }</a></li>`.value;
    })
    .join('');
  document.getElementById('account')!.innerHTML = (user
    ? html`<p class="govuk-body-s">Signed in as <strong data-testid="user">${user.name}</strong> (${user.roles.join(', ')}) ·
        <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 bv-link-button" id="sign-out">Sign out</button></p>`
    : current && current.roles === 'public'
      ? html`<p class="govuk-body-s"><button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 bv-link-button" id="sign-in">Sign in</button> (council staff)</p>`
      : html``
  ).value;
  document.getElementById('sign-out')?.addEventListener('click', () => void logout());
  document.getElementById('sign-in')?.addEventListener('click', () => void login('/'));
}

async function start(): Promise<void> {
  layout();
  initAll();
  await initAuth().catch(() => false);
  // Keycloak answered in the fragment; keep addresses clean.
  if (location.hash.includes('state=')) history.replaceState(null, '', location.pathname + location.search);
  const router = new Router(SCREENS, () => document.getElementById('main-content')!, renderChrome);
  await router.render();
}

void start();
