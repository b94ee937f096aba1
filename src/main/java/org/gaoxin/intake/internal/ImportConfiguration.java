package org.gaoxin.intake.internal;

import java.util.concurrent.Executor;

import org.gaoxin.intake.ImportProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;

/**
 * Imports run on a Spring-managed pool; each task runs with the security context of the
 * request that started it, so the audit log names the uploader.
 */
@Configuration(proxyBeanMethods = false)
class ImportConfiguration {

	@Bean
	ThreadPoolTaskExecutor importPool(ImportProperties properties) {
		ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
		pool.setCorePoolSize(properties.workers());
		pool.setMaxPoolSize(properties.workers());
		pool.setQueueCapacity(100);
		pool.setThreadNamePrefix("import-");
		// an import cut short by a shutdown is cleaned up at the next start
		pool.setWaitForTasksToCompleteOnShutdown(false);
		return pool;
	}

	@Bean
	Executor importExecutor(ThreadPoolTaskExecutor importPool) {
		return new DelegatingSecurityContextExecutor(importPool);
	}

}
