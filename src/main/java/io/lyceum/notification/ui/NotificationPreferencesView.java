package io.lyceum.notification.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.base.ui.Toast;
import io.lyceum.notification.MailPreferences;
import io.lyceum.notification.MailPreferences.Preference;
import io.lyceum.shell.OrgLayout;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A member's choice of the organization's non-essential mail, one box per kind, saved as soon as it
 * changes. Essential mail (invitations, password resets, billing) is not listed: it always goes.
 */
@Route(value = "account/notifications", layout = OrgLayout.class)
@PermitAll
class NotificationPreferencesView extends Main implements HasDynamicTitle {

    /** Each kind's box, by the kind's name ("COURSE_REMINDER"). */
    final Map<String, Checkbox> kinds = new LinkedHashMap<>();

    NotificationPreferencesView(MailPreferences preferences) {
        addClassName("page");
        add(new PageHeader(getTranslation("mailcore.preferences.title"), getTranslation("mailcore.preferences.lead")));
        var boxes = new VerticalLayout();
        boxes.setPadding(false);
        boxes.setSpacing(false);
        for (Preference preference : preferences.mine()) {
            String key = "mailcore.kind."
                    + preference.kind().toLowerCase(Locale.ROOT).replace('_', '-');
            var box = new Checkbox(getTranslation(key), preference.wanted());
            box.setHelperText(getTranslation(key + ".help"));
            box.addValueChangeListener(change -> {
                preferences.choose(preference.kind(), change.getValue());
                Toast.success(getTranslation(
                        change.getValue() ? "mailcore.preferences.on" : "mailcore.preferences.off",
                        getTranslation(key)));
            });
            kinds.put(preference.kind(), box);
            boxes.add(box);
        }
        add(boxes, new Paragraph(getTranslation("mailcore.preferences.essential")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mailcore.preferences.title");
    }
}
