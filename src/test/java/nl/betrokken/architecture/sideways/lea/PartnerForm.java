package nl.betrokken.architecture.sideways.lea;

import nl.betrokken.architecture.sideways.respond.AnswerPage;

/** Part of a made-up tree: the LEA borrowing the answering page, the import ArchitectureTest must refuse. */
public class PartnerForm {

    final AnswerPage page = new AnswerPage();
}
