// Every screen: its path, title, navigation label and the realm roles that may open it. The API enforces
// the same roles; this only keeps people from being offered what they may not do.
import { EVERY_ROLE, type Screen } from '../router';
import * as dashboard from './dashboard';

export const SCREENS: Screen[] = [
  { path: '/', title: 'Dashboard', nav: 'Dashboard', roles: EVERY_ROLE, load: async () => dashboard },
  { path: '/cycles/:cycleId/characteristics/:code', title: 'Characteristic', roles: EVERY_ROLE, load: () => import('./characteristic') },
  { path: '/author', title: 'Narratives', nav: 'Narratives', roles: ['author', 'planner'], load: () => import('./author') },
  { path: '/author/:cycleId/:code', title: 'Write a narrative', roles: ['author', 'planner'], load: () => import('./author/edit') },
  { path: '/evidence', title: 'Evidence library', nav: 'Evidence', roles: ['author', 'planner', 'reviewer', 'moderator', 'leadership', 'auditor', 'admin'], load: () => import('./evidence') },
  { path: '/planner', title: 'Cycles and rounds', nav: 'Cycles and rounds', roles: ['planner'], load: () => import('./planner') },
  { path: '/reviewer', title: 'My review queue', nav: 'Review', roles: ['reviewer'], load: () => import('./reviewer') },
  { path: '/reviewer/:roundId/:code', title: 'Score a characteristic', roles: ['reviewer'], load: () => import('./reviewer/score') },
  { path: '/moderator', title: 'Moderation', nav: 'Moderation', roles: ['moderator'], load: () => import('./moderator') },
  { path: '/leadership', title: 'Leadership review', nav: 'Leadership review', roles: ['leadership'], load: () => import('./leadership') },
  { path: '/action-plan', title: 'Action plan', nav: 'Action plan', roles: EVERY_ROLE, load: () => import('./action-plan') },
  { path: '/year-on-year', title: 'Year on year', nav: 'Year on year', roles: EVERY_ROLE, load: () => import('./year-on-year') },
  { path: '/audit-log', title: 'Audit log', nav: 'Audit log', roles: ['auditor'], load: () => import('./audit-log') },
  { path: '/exports', title: 'Downloads', nav: 'Downloads', roles: EVERY_ROLE, load: () => import('./exports') },
  { path: '/benchmark', title: 'Sector benchmark', nav: 'Sector benchmark', roles: EVERY_ROLE, load: () => import('./benchmark') },
  // Before /public/:council, which the same address would match.
  { path: '/public/benchmark', title: 'Sector benchmark', nav: 'Sector benchmark', roles: 'public', load: () => import('./benchmark/public') },
  { path: '/public', title: 'Published self-assessments', nav: 'Published', roles: 'public', load: () => import('./public') },
  { path: '/public/:council', title: 'Published self-assessments', roles: 'public', load: () => import('./public') },
  { path: '/public/:council/:cycleId', title: 'Published self-assessment', roles: 'public', load: () => import('./public/cycle') },
];
