package org.cogov.shared.schedule;

import java.time.Clock;

import javax.sql.DataSource;

import org.cogov.shared.time.SettableClock;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The scheduler, wired by hand: core db-scheduler on the application's data source, joining its
 * transactions, and on its clock. It opens once every component has defined its timed work; the
 * {@link SchedulerLifecycle} starts and stops it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SchedulerSettings.class)
class AgendaConfiguration {

    @Bean
    Agenda agenda(DataSource dataSource, Clock clock, SchedulerSettings settings) {
        Agenda agenda = new Agenda(new TransactionAwareDataSourceProxy(dataSource), clock, settings);
        if (clock instanceof SettableClock settable) {
            // The scheduler waits between looks for due work by this clock, and this clock stands still
            // between moves: a wait would end only once the clock had moved by a polling interval, and a
            // shorter interval would not help. So every move wakes it: it looks at once, or right after
            // the look in progress (db-scheduler then skips its next wait), and work due at the new time
            // runs promptly.
            settable.whenMoved(agenda::wake);
        }
        return agenda;
    }

    @Bean
    SmartInitializingSingleton agendaOpening(Agenda agenda) {
        return agenda::open;
    }
}
