package org.tongban.purchasedservice.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One evaluation criterion of a published notice (评审因素及分值). */
@Entity
@Table(name = "ps_criterion")
class NoticeCriterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;
    @Column(nullable = false, updatable = false)
    private int position;
    @Column(nullable = false, updatable = false)
    private String name;
    @Column(updatable = false)
    private String description;
    @Column(nullable = false, updatable = false)
    private int weight;

    protected NoticeCriterion() {
    }

    NoticeCriterion(Long projectId, int position, String name, String description, int weight) {
        this.projectId = projectId;
        this.position = position;
        this.name = name;
        this.description = description;
        this.weight = weight;
    }

    Long projectId() { return projectId; }
    String name() { return name; }
    String description() { return description; }
    int weight() { return weight; }
}
