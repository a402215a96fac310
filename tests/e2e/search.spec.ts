import { searchScenarios } from './support/search-scenarios';

searchScenarios('/');
