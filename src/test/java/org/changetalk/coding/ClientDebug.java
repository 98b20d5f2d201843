package org.changetalk.coding;

/** Developer tool: how the client coder reads one exchange (args: counselor text, client text). */
public final class ClientDebug {
    public static void main(String[] args) throws Exception {
        if (args[0].equals("time")) {
            // CPU time per client turn (thread CPU, so a busy machine does not inflate it)
            long l0 = System.nanoTime();
            ClientModel.load();
            System.out.printf(java.util.Locale.ROOT, "model load (cold): %.1f ms%n", (System.nanoTime() - l0) / 1e6);
            Lexicon lex = Lexicon.load("lexicon.txt", "lexicon-client.txt");
            java.util.List<ClientGoldTurns> turns = ClientGoldTurns.read(java.nio.file.Path.of(args[1]));
            for (String mode : java.util.List.of("rules", "rules+model", "rules", "rules+model")) {
                ClientCoder coder = mode.equals("rules") ? new ClientCoder(lex, new ClientModel(java.util.Map.of())) : new ClientCoder(lex);
                var bean = java.lang.management.ManagementFactory.getThreadMXBean();
                long t0 = bean.getCurrentThreadCpuTime();
                int n = 0;
                for (int rep = 0; rep < 5; rep++) {
                    for (ClientGoldTurns g : turns) {
                        coder.code(g.turn(), g.text(), g.counselor(), g.clientBefore());
                        n++;
                    }
                }
                double us = (bean.getCurrentThreadCpuTime() - t0) / 1000.0 / n;
                System.out.printf(java.util.Locale.ROOT, "%s: %.1f us CPU per client turn (%.0f turns/s per core), n=%d%n", mode, us, 1e6 / us, n);
            }
            return;
        }
        Lexicon lex = Lexicon.load("lexicon.txt", "lexicon-client.txt");
        ClientSignals signals = new ClientSignals(lex);
        CounselorLean leans = new CounselorLean(lex, signals);
        ClientReply replies = new ClientReply(lex);
        Text counselor = Text.of(args[0]);
        Text client = Text.of(args[1]);
        System.out.println("lean  " + leans.of(counselor));
        System.out.println("reply " + replies.of(client));
        System.out.println("own   " + signals.of(client, false));
        ClientCoder coder = new ClientCoder(lex);
        System.out.println("weigh " + coder.weigh(Turn.client(args[1]), client, counselor, null));
    }
}
