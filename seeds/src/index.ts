export * from './demo-care-plans.js';
export * from './demo-unit.js';
export * from './demo-portal.js';
