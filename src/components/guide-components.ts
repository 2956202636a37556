/** Components every guide may use without importing them (passed to MDX's <Content />). */
import BarChart from './BarChart.astro';
import CalendarChart from './CalendarChart.astro';
import GuideLink from './GuideLink.astro';

export const guideComponents = { BarChart, CalendarChart, a: GuideLink };
