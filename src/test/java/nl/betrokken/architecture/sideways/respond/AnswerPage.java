package nl.betrokken.architecture.sideways.respond;

/** Part of a made-up tree in which one feature imports its peer, for ArchitectureTest to refuse. */
public class AnswerPage {}
