package fr.cls.notification.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/** Against a real SMTP server (GreenMail). */
class SmtpSessionTest {

    // A fixed port: the restart in the second test must come back where the session connects.
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JavaMailSenderImpl mail() {
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(smtp.getSmtp().getPort());
        mail.setJavaMailProperties(new Properties());
        return mail;
    }

    private MimeMessage message(JavaMailSenderImpl mail, String subject) throws MessagingException {
        MimeMessage message = new MimeMessage(mail.getSession());
        message.setFrom(new InternetAddress("notifications@cls.local"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("coordination@ville-exemple.fr"));
        message.setSubject(subject);
        message.setText("Contrat local de santé");
        return message;
    }

    @Test
    void sendsSeveralEmailsOverOneConnection() throws Exception {
        JavaMailSenderImpl mail = mail();
        try (SmtpSession session = new SmtpSession(mail)) {
            for (int i = 1; i <= 3; i++) {
                assertThat(session.send(message(mail, "Avis " + i))).startsWith("250");
            }
        }

        assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject).containsExactly("Avis 1", "Avis 2", "Avis 3");
    }

    @Test
    void reopensAConnectionTheServerClosedSinceThePreviousEmail() throws Exception {
        JavaMailSenderImpl mail = mail();
        try (SmtpSession session = new SmtpSession(mail)) {
            session.send(message(mail, "Avant"));
            smtp.reset(); // the server restarts: the open connection is gone

            assertThat(session.send(message(mail, "Après"))).startsWith("250");
        }

        assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject).containsExactly("Après");
    }
}
