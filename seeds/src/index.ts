export * from './demo-care-plans.js';
export * from './demo-payer.js';
export * from './demo-portal.js';
export * from './demo-rounds.js';
export * from './demo-social-care.js';
export * from './demo-tasks.js';
export * from './demo-unit.js';
export * from './scale.js';
