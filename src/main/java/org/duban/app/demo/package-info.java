/**
 * {@code duban demo}: the whole workflow on the bundled seed plans, with simulated returns that
 * make the mistakes real units make. A newcomer should understand the product from this run.
 */
package org.duban.app.demo;
