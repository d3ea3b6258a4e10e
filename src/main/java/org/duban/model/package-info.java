/**
 * The core model of duban: plan, goal indicator, task, target, unit, round, return, completion.
 *
 * <p>Values only, immutable records checked in their constructors. Depends on {@code java.*}
 * and nothing else; every other package of duban depends on this one.
 */
package org.duban.model;
