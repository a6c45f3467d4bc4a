package io.github.lambdalint.model.trigger;

/**
 * How a source invokes Lambda (Lambda developer guide, "Invoking Lambda with events from other
 * AWS services"): asynchronously (Lambda queues the event and retries, then drops it unless a
 * dead-letter queue or on-failure destination is set), synchronously (the caller gets the
 * error), or by an event source mapping that Lambda itself polls.
 */
public enum InvocationModel { ASYNC, SYNC, POLL }
