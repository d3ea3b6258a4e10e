package org.duban.completion;

import org.duban.model.Light;

/**
 * A light with the reason for it, in words a leader reads in 滞后预警.
 *
 * @param light the light
 * @param reason why, e.g. 落后序时进度35个百分点; empty for green
 */
public record Judgement(Light light, String reason) {
  public Judgement {
    if (light == null) {
      throw new IllegalArgumentException("a judgement needs a light: " + reason);
    }
    reason = reason == null ? "" : reason;
  }
}
