/** Real PostgreSQL and Kafka for tests: containers when Docker runs, local server and in-process KRaft broker otherwise. */
package fr.cls.platform.test;
