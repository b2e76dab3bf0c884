package fr.cls.notification.email;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One SMTP connection for a run of the sender, opened on the first email and closed at the end of the run, rather than
 * a connection per email (a connection, greeting and login per email was most of the sender's time under load). A
 * connection the server closed since the previous email is reopened once; an email the server refused is not retried
 * here.
 */
final class SmtpSession implements AutoCloseable {

    private final JavaMailSenderImpl mail;
    private Transport transport;

    SmtpSession(JavaMailSenderImpl mail) {
        this.mail = mail;
    }

    /** @return the SMTP server's reply to the message */
    String send(MimeMessage message) throws MessagingException {
        boolean reused = transport != null && transport.isConnected();
        try {
            return sendOn(connected(), message);
        } catch (SendFailedException e) {
            throw e;
        } catch (MessagingException e) {
            close();
            if (!reused) {
                throw e;
            }
            return sendOn(connected(), message);
        }
    }

    private Transport connected() throws MessagingException {
        if (transport == null || !transport.isConnected()) {
            close();
            transport = mail.getSession().getTransport(mail.getProtocol() == null ? "smtp" : mail.getProtocol());
            transport.connect(mail.getHost(), mail.getPort(), mail.getUsername(), mail.getPassword());
        }
        return transport;
    }

    private static String sendOn(Transport transport, MimeMessage message) throws MessagingException {
        transport.sendMessage(message, message.getAllRecipients());
        return lastReply(transport);
    }

    /** The SMTP reply ("250 OK ..."); Angus's SMTPTransport is a runtime dependency, hence the reflective call. */
    private static String lastReply(Transport transport) {
        try {
            Object reply = transport.getClass().getMethod("getLastServerResponse").invoke(transport);
            return reply == null ? "sent" : reply.toString().trim();
        } catch (ReflectiveOperationException e) {
            return "sent";
        }
    }

    @Override
    public void close() {
        if (transport == null) {
            return;
        }
        try {
            transport.close();
        } catch (MessagingException e) {
            // The connection is dropped either way; the next email opens a new one.
        } finally {
            transport = null;
        }
    }
}
