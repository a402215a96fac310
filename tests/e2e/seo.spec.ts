import { seoScenarios } from './support/seo-scenarios';

seoScenarios('/');
