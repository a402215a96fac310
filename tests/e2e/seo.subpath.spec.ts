import { seoScenarios } from './support/seo-scenarios';

// The same course deployed under /course/ (npm run build:subpath).
seoScenarios('/course/');
