package io.lyceum;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class LyceumApplication {

    public static void main(String[] args) {
        SpringApplication.run(LyceumApplication.class, args);
    }
}
