import { offlineScenarios } from './support/offline-scenarios';

offlineScenarios('/', 'dist');
