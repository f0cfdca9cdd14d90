package nl.pestprotocol.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a path or query parameter of a resource method that names a pupil by externalId. Such an
 * operation is about that pupil: the audit keeps the pupil's internal id apart from the action (so
 * retention can remove the link), and actions and logs show only the route template.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface PupilParam {
}
