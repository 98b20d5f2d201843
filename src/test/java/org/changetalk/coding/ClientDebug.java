package org.changetalk.coding;

/** Developer tool: how the client coder reads one exchange (args: counselor text, client text). */
public final class ClientDebug {
    public static void main(String[] args) {
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
