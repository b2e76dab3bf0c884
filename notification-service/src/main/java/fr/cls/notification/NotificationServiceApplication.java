package fr.cls.notification;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import fr.cls.platform.database.ServiceLauncher;

@SpringBootApplication
public class NotificationServiceApplication {

    public static void main(String[] args) {
        ServiceLauncher.run(NotificationServiceApplication.class, args);
    }
}
