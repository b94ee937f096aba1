package org.gaoxin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class GaoxinApplication {

	public static void main(String[] args) {
		SpringApplication.run(GaoxinApplication.class, args);
	}

}
