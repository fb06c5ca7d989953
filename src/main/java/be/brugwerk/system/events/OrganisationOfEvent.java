package be.brugwerk.system.events;

import be.brugwerk.system.OrganisationEvent;
import be.brugwerk.system.Tenancy;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;

/**
 * Runs a module listener for the organisation its event names. It sits around the listener's transaction, not inside
 * it: {@code TenantTransactionManager} hands the organisation to PostgreSQL when the transaction begins, so the
 * organisation must be known before that. A listener of an event that names no organisation is refused: under
 * row-level security it would see nothing and silently do nothing.
 */
final class OrganisationOfEvent implements MethodInterceptor {

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        Object[] arguments = invocation.getArguments();
        if (arguments.length == 0
                || !(arguments[0] instanceof OrganisationEvent event)
                || event.organisationId() == null) {
            throw new IllegalStateException(
                    "a listener between modules needs an event that names its organisation: " + invocation.getMethod());
        }
        Throwable[] failure = new Throwable[1];
        Object result = Tenancy.runAs(event.organisationId(), () -> {
            try {
                return invocation.proceed();
            } catch (Throwable e) {
                failure[0] = e;
                return null;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        return result;
    }
}
