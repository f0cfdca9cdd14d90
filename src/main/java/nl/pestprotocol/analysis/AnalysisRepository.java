package nl.pestprotocol.analysis;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AnalysisRepository implements PanacheRepositoryBase<Analysis, UUID> {
}
