package fr.cls.contract;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import fr.cls.platform.database.ServiceLauncher;

@SpringBootApplication
public class ContractServiceApplication {

    public static void main(String[] args) {
        ServiceLauncher.run(ContractServiceApplication.class, args);
    }
}
