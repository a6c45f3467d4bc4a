package io.github.lambdalint.build;

import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.network.NetworkContext;
import io.github.lambdalint.parse.Templates;
import io.github.lambdalint.resolve.Deployment;

/** Builds models of the templates in testdata/model, or of a template written inline in a test. */
final class Models {

    private Models() {
    }

    static TemplateModel of(String name) {
        return new ModelBuilder(Templates.testdata("model/" + name), Deployment.UNKNOWN, NetworkContext.EMPTY).build();
    }

    static TemplateModel inline(String yaml) {
        return inline(yaml, Deployment.UNKNOWN, NetworkContext.EMPTY);
    }

    static TemplateModel inline(String yaml, Deployment deployment, NetworkContext context) {
        return new ModelBuilder(Templates.parse(yaml), deployment, context).build();
    }
}
