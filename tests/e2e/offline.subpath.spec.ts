import { offlineScenarios } from './support/offline-scenarios';

// The same course deployed under /course/ (npm run build:subpath).
offlineScenarios('/course/', 'dist-subpath');
