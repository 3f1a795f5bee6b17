export * from './demo-unit.js';
