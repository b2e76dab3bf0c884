package fr.cls.funding;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

import fr.cls.platform.database.ServiceLauncher;

@SpringBootApplication
@EnableScheduling
public class FundingServiceApplication {

    public static void main(String[] args) {
        ServiceLauncher.run(FundingServiceApplication.class, args);
    }
}
