import * as migration_20261206_075744_initial from './20261206_075744_initial';

export const migrations = [
  {
    up: migration_20261206_075744_initial.up,
    down: migration_20261206_075744_initial.down,
    name: '20261206_075744_initial'
  },
];
