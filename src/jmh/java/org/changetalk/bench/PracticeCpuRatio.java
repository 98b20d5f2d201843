package org.changetalk.bench;

import java.lang.management.*; import java.lang.reflect.*; import java.net.*; import java.nio.file.*; import java.util.*;
/**
 * A practice turn's CPU in the engine (no web, no embedder: the client hears by words), measured as thread CPU time for
 * two or more builds loaded side by side in one JVM, taking turns round by round, so that a busy machine hits each
 * alike (docs/benchmarks.md §32; the same idea as {@link CoderCpuRatio} for the coder). Sessions rotate over every
 * conversation in scenarios/ and restart after 18 turns or an ending, as {@link PracticeTurnBenchmark}'s do.
 *
 * <pre>java -cp target/benchmarks.jar org.changetalk.bench.PracticeCpuRatio ROUNDS TURNS_PER_ROUND BEFORE.jar AFTER.jar</pre>
 */
public final class PracticeCpuRatio {
    private PracticeCpuRatio() {
    }

  static final List<String> TURNS = List.of(
    "Thanks for coming in. What would you like to talk about today?",
    "It sounds like this has been weighing on you more than you let on.",
    "What does it do for you?", "Are you still in touch with your family?",
    "On a scale from 0 to 10, how important is it to you to make a change?", "And why not a zero?",
    "What would it take to get you to a higher number?", "You should really think about quitting.",
    "I'm sorry, I got ahead of myself. What matters most to you right now?",
    "Part of you wants things to stay as they are, and part of you is worried about where this is going.",
    "How much do you use in a week?", "Would it be okay if I shared something about that?",
    "You've already made some real changes, and that takes strength.", "Whatever you decide, it's your call.",
    "So nobody at home has said anything about it.", "Who in your life has noticed?",
    "So you finally got it sorted out.", "What might a first small step look like?",
    "We're almost out of time. What would you like to take away from today?");
  static final class Build {
    String name; List<Object> convs = new ArrayList<>(); Constructor<?> ctor; Method respond, isOver; Object rc; Object session; int n, next, sessions;
    Build(String jar) throws Exception {
      name = jar; ClassLoader cl = new URLClassLoader(new URL[]{Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> lib = cl.loadClass("org.changetalk.scenario.library.ScenarioLibrary");
      Object l = lib.getMethod("open", Path.class).invoke(null, Path.of("scenarios"));
      for (Object e : (List<?>) lib.getMethod("entries").invoke(l)) { Method m = e.getClass().getMethod("scenario"); m.setAccessible(true); Object s = m.invoke(e); if (s.getClass().getSimpleName().equals("Conversation")) convs.add(s); }
      Class<?> coderC = cl.loadClass("org.changetalk.coding.Coder"); Object coder = coderC.getConstructor().newInstance();
      Class<?> rcC = cl.loadClass("org.changetalk.practice.ResponseCoder");
      rc = rcC.getMethod("of", coderC).invoke(null, coder);
      Class<?> ps = cl.loadClass("org.changetalk.practice.PracticeSession");
      ctor = ps.getConstructor(cl.loadClass("org.changetalk.scenario.model.Conversation"), rcC, long.class);
      respond = ps.getMethod("respond", String.class); isOver = ps.getMethod("isOver");
    }
    void turns(int k) throws Exception {
      for (int i = 0; i < k; i++) {
        if (session == null || (boolean) isOver.invoke(session) || n >= 18) { session = ctor.newInstance(convs.get(sessions % convs.size()), rc, (long) sessions); sessions++; n = 0; }
        respond.invoke(session, TURNS.get(next++ % TURNS.size())); n++;
      }
    }
  }
  public static void main(String[] a) throws Exception {
    int rounds = Integer.parseInt(a[0]), per = Integer.parseInt(a[1]);
    List<Build> b = new ArrayList<>(); for (int i = 2; i < a.length; i++) b.add(new Build(a[i]));
    ThreadMXBean t = ManagementFactory.getThreadMXBean(); double[][] cpu = new double[b.size()][rounds];
    for (int r = 0; r < rounds; r++) for (int i = 0; i < b.size(); i++) { long t0 = t.getCurrentThreadCpuTime(); b.get(i).turns(per); cpu[i][r] = (t.getCurrentThreadCpuTime() - t0) / 1e6 / per; }
    int from = rounds / 3;
    for (int i = 0; i < b.size(); i++) { double[] v = Arrays.copyOfRange(cpu[i], from, rounds); Arrays.sort(v); System.out.printf("%s: %.3f ms CPU a turn (median of rounds %d-%d), sessions %d%n", b.get(i).name, v[v.length/2], from+1, rounds, b.get(i).sessions); }
    double[] rel = new double[rounds - from]; for (int r = from; r < rounds; r++) rel[r-from] = cpu[1 % b.size()][r] / cpu[0][r]; Arrays.sort(rel);
    System.out.printf("second / first, round by round: %.3f (median)%n", rel[rel.length/2]);
  }
}
