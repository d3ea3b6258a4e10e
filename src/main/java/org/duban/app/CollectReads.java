package org.duban.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.IntConsumer;
import java.util.function.UnaryOperator;
import org.duban.intake.ReturnValidator;
import org.duban.intake.Validation;
import org.duban.model.Location;
import org.duban.model.Problem;

/**
 * Reads and validates files on a pool of {@link CollectUseCase#THREADS} threads, results in file
 * order. A file that takes longer than the limit is rejected and its thread written off (a
 * replacement thread is added), so one hostile file can neither crash nor stall the run.
 */
final class CollectReads {
  private CollectReads() {}

  /** @param keep applied to each read as soon as it is done (parks its values, see {@link ReturnSpool}) */
  static List<CollectMerge.Read> readAll(List<CollectScan.Found> files, ReturnValidator validator,
      CollectUseCase.ReturnSource source, IntConsumer progress, Duration limit,
      UnaryOperator<CollectMerge.Read> keep) {
    ThreadPoolExecutor pool = new ThreadPoolExecutor(CollectUseCase.THREADS, CollectUseCase.THREADS,
        1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
          Thread t = new Thread(r, "duban-collect");
          t.setDaemon(true); // a reader stuck in a hostile file must not keep the JVM alive
          return t;
        });
    Progress done = new Progress(progress);
    AtomicLongArray started = new AtomicLongArray(files.size());
    try {
      List<Future<CollectMerge.Read>> futures = new ArrayList<>(files.size());
      for (int i = 0; i < files.size(); i++) {
        int index = i;
        CollectScan.Found f = files.get(i);
        futures.add(pool.submit(() -> {
          started.set(index, System.nanoTime());
          try {
            return keep.apply(CollectUseCase.readOne(f, validator, source));
          } finally {
            done.step();
          }
        }));
      }
      List<CollectMerge.Read> out = new ArrayList<>(files.size());
      for (int i = 0; i < futures.size(); i++) {
        out.add(await(futures.get(i), files.get(i), started, i, limit, pool));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private static CollectMerge.Read await(Future<CollectMerge.Read> future, CollectScan.Found f,
      AtomicLongArray started, int i, Duration limit, ThreadPoolExecutor pool) {
    long poll = Math.max(1, Math.min(1000, limit.toMillis() / 4));
    while (true) {
      try {
        return future.get(poll, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        long t = started.get(i);
        if (t != 0 && System.nanoTime() - t > limit.toNanos()) {
          future.cancel(true);
          // The stuck thread may ignore the interrupt: add one so the pool keeps its width.
          pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
          pool.setCorePoolSize(pool.getCorePoolSize() + 1);
          return refused(f, Problem.error(Location.ofFile(f.fileName()),
              "文件无法读取：读取超过 " + limit.toSeconds() + " 秒仍未完成，可能是损坏或恶意构造的文件",
              CollectUseCase.REREAD_FIX));
        }
      } catch (ExecutionException e) {
        return refused(f, CollectUseCase.crashed(f, e.getCause()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return refused(f, CollectUseCase.crashed(f, e));
      }
    }
  }

  private static CollectMerge.Read refused(CollectScan.Found f, Problem p) {
    return new CollectMerge.Read(f, Validation.rejected(f.fileName(), "", List.of(p)), null);
  }

  /** Reports a monotonic count of files done from any thread. */
  private static final class Progress {
    private final IntConsumer sink;
    private int done;

    Progress(IntConsumer sink) {
      this.sink = sink;
    }

    synchronized void step() {
      done++;
      sink.accept(done);
    }
  }
}
