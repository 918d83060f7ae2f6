package org.cogov;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

@Modulithic(systemName = "cogov")
@SpringBootApplication
public class CogovApplication {

    public static void main(String[] args) {
        SpringApplication.run(CogovApplication.class, args);
    }
}
