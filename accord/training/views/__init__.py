"""The training pages, one module per concept: home (my training), matrix, people,
assignments, catalog (requirements, curricula, job roles, competencies), documents,
OJT. Every write calls one service of ``accord.training.services``."""
