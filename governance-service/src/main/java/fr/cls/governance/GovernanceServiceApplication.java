package fr.cls.governance;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

import fr.cls.platform.database.ServiceLauncher;

@SpringBootApplication
@EnableScheduling
public class GovernanceServiceApplication {

    public static void main(String[] args) {
        ServiceLauncher.run(GovernanceServiceApplication.class, args);
    }
}
