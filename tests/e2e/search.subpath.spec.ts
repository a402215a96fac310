import { searchScenarios } from './support/search-scenarios';

// The same course deployed under /course/ (npm run build:subpath).
searchScenarios('/course/');
