package io.lyceum.platform.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import io.lyceum.platform.PlanUsage;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Each limit an organization would be over on a smaller plan, and what follows ("Courses: 5, the Free
 * plan allows 3 — the newest 2 courses become read-only …"): the same words in the console's plan
 * dialog and on the admin's billing page before a switch in Stripe.
 */
public class OverLimitList extends UnorderedList {

    public OverLimitList(List<PlanUsage> over, String planName) {
        addClassName("over-limit-list");
        for (PlanUsage usage : over) {
            long limit = Objects.requireNonNull(usage.limit());
            String action = usage.action().name().toLowerCase(Locale.ROOT).replace('_', '-');
            add(new ListItem(getTranslation(
                    "console.over-limit." + action, usage.used(), planName, limit, usage.used() - limit)));
        }
    }
}
