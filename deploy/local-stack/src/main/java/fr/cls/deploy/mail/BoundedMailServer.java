package fr.cls.deploy.mail;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.standalone.GreenMailStandaloneRunner;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.Flags;

/**
 * GreenMail standalone (same system properties, same HTTP API) whose inboxes keep only the newest
 * {@code cls.mail.max-messages} emails, all users together. GreenMail keeps every email in memory: under the
 * platform's own load (25 contracts a second for 10 minutes) it ran out of heap after about 25,000 emails and
 * notification-service's queue stopped draining. Dropping the oldest emails keeps its memory flat.
 *
 * <p>Runs in its own process, with the GreenMail standalone jar and this module's classes on the class path only.
 */
public final class BoundedMailServer {

    public static final String MAX_MESSAGES = "cls.mail.max-messages";
    static final int DEFAULT_MAX_MESSAGES = 5_000;

    private final GreenMail greenMail;
    private final int maxMessages;

    BoundedMailServer(GreenMail greenMail, int maxMessages) {
        this.greenMail = greenMail;
        this.maxMessages = maxMessages;
    }

    public static void main(String[] args) throws Exception {
        GreenMail greenMail = Runner.start(System.getProperties());
        int max = Integer.getInteger(MAX_MESSAGES, DEFAULT_MAX_MESSAGES);
        BoundedMailServer server = new BoundedMailServer(greenMail, max);
        ScheduledExecutorService trimmer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "mailbox-trimmer");
            thread.setDaemon(true);
            return thread;
        });
        trimmer.scheduleWithFixedDelay(server::trimQuietly, 1, 1, TimeUnit.SECONDS);
        System.out.println("mail server started, keeping the newest " + max + " emails");
        Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop));
        Thread.currentThread().join();
    }

    private void trimQuietly() {
        try {
            int dropped = trim();
            if (dropped > 0) {
                System.out.println("dropped the " + dropped + " oldest emails (keeping " + maxMessages + ")");
            }
        } catch (RuntimeException | FolderException e) {
            // The next run tries again; the trimmer must not die with one failure.
            System.err.println("trimming the mailboxes failed: " + e);
        }
    }

    /** Deletes the oldest emails beyond the bound, across all inboxes; @return how many. */
    int trim() throws FolderException {
        ImapHostManager imap = greenMail.getManagers().getImapHostManager();
        List<MailFolder> inboxes = new ArrayList<>();
        int total = 0;
        for (GreenMailUser user : greenMail.getManagers().getUserManager().listUser()) {
            MailFolder inbox = imap.getInbox(user);
            inboxes.add(inbox);
            total += inbox.getMessageCount();
        }
        int excess = total - maxMessages;
        if (excess <= 0) {
            return 0;
        }
        List<Stored> all = new ArrayList<>(total);
        for (MailFolder inbox : inboxes) {
            for (StoredMessage message : inbox.getMessages()) {
                all.add(new Stored(inbox, message.getUid(), message.getReceivedDate().getTime()));
            }
        }
        all.sort(Comparator.comparingLong(Stored::received).thenComparingLong(Stored::uid));
        Flags deleted = new Flags(Flags.Flag.DELETED);
        Set<MailFolder> touched = Collections.newSetFromMap(new IdentityHashMap<>());
        int dropped = 0;
        for (Stored message : all.subList(0, Math.min(excess, all.size()))) {
            message.folder().setFlags(deleted, true, message.uid(), null, false);
            touched.add(message.folder());
            dropped++;
        }
        for (MailFolder folder : touched) {
            folder.expunge();
        }
        return dropped;
    }

    /** GreenMail's own standalone runner, so that its options, logging and HTTP API stay exactly GreenMail's. */
    static final class Runner extends GreenMailStandaloneRunner {

        static GreenMail start(Properties properties) throws ReflectiveOperationException {
            configureLogging(properties);
            Runner runner = new Runner();
            runner.doRun(properties);
            // Package-private in GreenMail: the trimmer needs the running instance's store.
            Method getter = GreenMailStandaloneRunner.class.getDeclaredMethod("getGreenMail");
            getter.setAccessible(true);
            return (GreenMail) getter.invoke(runner);
        }
    }

    private record Stored(MailFolder folder, long uid, long received) {
    }
}
