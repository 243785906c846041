package nl.betrokken.common.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The HTML error page for people on the site; API clients get JSON instead (see ErrorResponses). */
@CheckedTemplate(basePath = "ErrorPage")
public class ErrorPage {

    public static native TemplateInstance error(int status, String title, String explanation);
}
